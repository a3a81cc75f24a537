"""Reported speech and citations: the helpers behind the source and statement fact stages.

``quotes`` finds quotation marks and tells statements from titles and scare quotes,
``mentions`` lists the names a body gives (people, organisations), ``speakers`` resolves
names, descriptions and pronouns to them, ``attribution`` reads who said a direct quote,
``reported`` reads reported speech, ``citations`` finds the slots that cite an outlet, ``described`` the
descriptions cited in its place (``according to the platform``), and
``lexicon`` holds the words all of them share.
"""
