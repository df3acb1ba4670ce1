"""The template picker: choose an approved template, fill in its parameters, see what goes out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wire.templates import Template

translate = QCoreApplication.translate


class TemplateDialog(QDialog):
    """Pick a template and fill it in; `accepted` leaves the choice in `chosen()`."""

    refreshRequested = Signal()
    """() the agent wants the relay to ask Meta for the templates again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Templates", "Send a template"))
        self._templates: list[Template] = []
        self._fields: dict[str, QLineEdit] = {}
        self.picker = QComboBox(self)
        self.refresh_button = QPushButton(translate("Templates", "Refresh"), self)
        self.form = QFormLayout()
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("QLabel { background: #d9fdd3; color: #111b21; padding: 8px; }")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(translate("Templates", "Send"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(translate("Templates", "The customer will read:"), self))
        layout.addWidget(self.preview)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.picker.currentIndexChanged.connect(self._show_form)
        self.refresh_button.clicked.connect(self._refresh)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.set_templates([], loading=True)

    def set_templates(
        self, templates: list[Template], error: str = "", loading: bool = False
    ) -> None:
        """The list to choose from (keeping the choice when it is still there)."""
        current = self.chosen_template()
        self._templates = templates
        self.picker.blockSignals(True)
        self.picker.clear()
        for template in templates:
            label = f"{template.name} ({template.language})"
            if not template.fillable:
                label += " — " + translate(
                    "Templates", "needs a picture or place: not from here yet"
                )
            self.picker.addItem(label, template.key)
            if not template.fillable:
                item = self.picker.model().item(self.picker.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        if current is not None:
            at = self.picker.findData(current.key)
            self.picker.setCurrentIndex(max(at, 0))
        else:
            first = next((i for i, t in enumerate(templates) if t.fillable), -1)
            self.picker.setCurrentIndex(first)
        self.picker.blockSignals(False)
        if loading:
            self.status.setText(translate("Templates", "Loading the templates…"))
        elif error:
            self.status.setText(
                translate("Templates", "The templates could not be loaded (%1).").replace(
                    "%1", error
                )
            )
        elif not templates:
            self.status.setText(translate("Templates", "This business has no approved templates."))
        else:
            self.status.setText("")
        self._show_form()

    def chosen_template(self) -> Template | None:
        key = self.picker.currentData()
        return next((t for t in self._templates if t.key == key), None)

    def field(self, name: str) -> QLineEdit:
        """The box for parameter `name` of the chosen template."""
        return self._fields[name]

    def values(self) -> dict[str, str]:
        return {name: field.text().strip() for name, field in self._fields.items()}

    def _refresh(self) -> None:
        self.status.setText(translate("Templates", "Loading the templates…"))
        self.refreshRequested.emit()

    def _show_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields = {}
        template = self.chosen_template()
        if template is not None:
            for parameter in template.parameters:
                field = QLineEdit(self)
                field.setPlaceholderText(parameter.example or "")
                field.textChanged.connect(self._update)
                label = (
                    translate("Templates", "Link ending")
                    if parameter.component == "button"
                    else f"{{{{{parameter.name}}}}}"
                )
                self.form.addRow(label, field)
                self._fields[parameter.name] = field
        self._update()

    def _update(self) -> None:
        template = self.chosen_template()
        values = self.values()
        self.preview.setText(template.render(values) if template else "")
        self.send_button.setEnabled(
            template is not None and template.fillable and not template.missing(values)
        )
