"""The words of the report's monitoring chapter (operational indicators and their figures), one module per language.

Each module defines ``LABELS``, merged into the report's message catalogue of its language
(:func:`exports.reports.labels.language`); kept apart so that the chapter's words live with the chapter.
"""
