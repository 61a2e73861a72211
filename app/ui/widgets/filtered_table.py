"""A search field and a one-row-at-a-time table over a ``FilteredTableModel``."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView

from app.ui.models.filtered_table_model import FilteredTableModel
from app.ui.widgets.column_fit import fit_columns


def search_field(model: FilteredTableModel, placeholder: str) -> QLineEdit:
    """A field whose every keystroke filters ``model``."""
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.textChanged.connect(model.set_filter)
    return field


def row_table(model: FilteredTableModel) -> QTableView:
    """A table where one person (row) is chosen at a time, its columns fitted to content."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    fit_columns(table, model.fixed_columns())
    return table
