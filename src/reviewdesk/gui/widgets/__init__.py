"""Widgets of the workspace."""


def fit_rows_to_font(table) -> None:
    """Rows as tall as one line of the table's font plus a little air, not the style's roomier default:
    six questions fit in the Answers dock of a 768-pixel screen, and rows follow the text size."""
    table.verticalHeader().setMinimumSectionSize(1)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 5)
