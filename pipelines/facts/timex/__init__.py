"""Calendar-time expressions in English news prose: recognising them (``recognizer``, ``patterns``,
``filters``) and normalising them to TIMEX3 (``normalize``, ``relative``, ``yearless``, ``periods``)."""
