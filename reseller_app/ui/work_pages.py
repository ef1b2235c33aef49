"""The pages a dialog shows while long work runs in the thread pool and when it ends (the CSV
import, Screen again): a heading, a line of progress and its bar, a hint; then a title, a
sentence and an error line. The texts come from the dialog, in its own words."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.typography import heading, note, paragraph


@dataclass
class ProgressPage:
    page: QWidget
    label: QLabel
    bar: QProgressBar


def progress_page(parent: QWidget, title: str, starting: str, bar_name: str,
                  hint: str) -> ProgressPage:
    """A busy bar (range 0..0 until the first report) under ``title`` and ``starting``."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.addWidget(heading(title, page))
    label = paragraph(starting, page)
    bar = QProgressBar(page)
    bar.setAccessibleName(bar_name)
    bar.setRange(0, 0)
    layout.addWidget(label)
    layout.addWidget(bar)
    layout.addWidget(note(hint, page))
    layout.addStretch(1)
    return ProgressPage(page, label, bar)


@dataclass
class ResultPage:
    page: QWidget
    layout: QVBoxLayout  # the dialog adds what it lists below the sentence
    title: QLabel
    text: QLabel
    error: FieldError


def result_page(parent: QWidget) -> ResultPage:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    title = heading("", page)
    text = paragraph("", page)
    error = FieldError(page)
    layout.addWidget(title)
    layout.addWidget(text)
    layout.addWidget(error)
    return ResultPage(page, layout, title, text, error)


def read_only_table(parent: QWidget, model: QAbstractItemModel, name: str) -> QTableView:
    """A list of what the work found: whole rows selected, nothing edited, no row numbers;
    the first column as wide as its texts, the last one taking the rest."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().setVisible(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
