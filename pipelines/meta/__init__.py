"""Helpers of the metadata stage (``pipelines.metadata``): one module per signal or field.

``signals`` reads the page's meta tags, links and scripts once; ``jsonld`` and ``appjson``
read structured data; ``zones`` finds bylines, datelines and ``<time>`` elements outside
boilerplate; ``dates`` and ``months`` parse date strings; ``published`` ranks the date
candidates; ``authors`` and ``bylines`` clean and find author names; ``titles`` and
``language`` choose the headline and the language. Nothing here re-parses the whole page
or mutates its tree.
"""
