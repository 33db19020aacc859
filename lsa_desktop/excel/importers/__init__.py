"""One module per kind, each defining ``IMPORTER`` (a :class:`~.base.KindImporter`); the engine
finds it by the kind's name (``personnel`` -> ``importers.personnel``), so kinds share no registry.
"""
