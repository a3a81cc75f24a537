"""Helpers of the body stage: boilerplate signals, container scoring and text collection.

``signals`` names what boilerplate looks like (tags, class/id tokens, phrases), ``container``
finds the elements that hold the article text, ``collect`` turns them into paragraphs.
"""
