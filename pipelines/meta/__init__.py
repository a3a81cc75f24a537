"""Helpers of the metadata stage (``pipelines.metadata``): one module per signal or field.

``signals`` reads the page's meta tags, links and scripts once; ``jsonld`` and ``appjson``
read structured data; ``dates``, ``published``, ``authors``, ``titles`` and ``language``
turn raw candidates into clean field values. Nothing here re-parses the whole page or
mutates its tree.
"""
