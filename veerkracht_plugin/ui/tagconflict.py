"""The dialog shown when someone else changed a buurt's tags after the dock showed them.

Nothing has been overwritten at that point. The dialog shows both versions (their ``vk_bijgewerkt``
time, every changed field side by side) and offers: keep mine (write mine over theirs), take theirs
(drop mine), merge texts (an editable text prefilled with both; intensities stay mine), or decide later
(the change stays pending; *Save again* brings the dialog back). With several buurten in conflict,
"same choice for the other buurten" answers for the rest.
"""

from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..i18n import tr
from .taglabels import field_caption, value_text

MINE, THEIRS, MERGE = "mine", "theirs", "merge"


def merge_text(base, mine, theirs):
    """A first proposal for a merged text: their text with what I added, or both texts."""
    base, mine, theirs = base or "", mine or "", theirs or ""
    if mine == theirs or not theirs.strip():
        return mine
    if not mine.strip():
        return theirs
    if base and mine.startswith(base):  # I only added to the text I saw
        return theirs + mine[len(base):]
    if base and theirs.startswith(base) and mine in theirs:
        return theirs
    return theirs.rstrip() + "\n\n" + mine


def merged_values(conflict):
    """The values 'merge' writes: merged texts, my intensities."""
    values = {}
    for field in conflict.fields:
        if field.startswith("vk_hp_"):
            values[field] = conflict.mine[field]
        else:
            values[field] = merge_text(conflict.base.get(field), conflict.mine[field], conflict.theirs.get(field))
    return values


class ConflictDialog(QDialog):
    def __init__(self, conflict, others=0, parent=None):
        super().__init__(parent)
        self.setObjectName("vkConflictDialog")
        self.conflict = conflict
        self.choice = None
        self.setWindowTitle(tr("Someone else changed {buurt}").format(buurt=conflict.label))
        layout = QVBoxLayout(self)
        when = conflict.stamp.toString("dd-MM-yyyy HH:mm:ss") if conflict.stamp is not None else tr("an unknown time")
        intro = QLabel(tr("<b>{buurt}</b> was changed in the data source at {time}, after you opened it (by "
                          "someone else, or by you in another window). Nothing has been overwritten. Choose "
                          "which version to keep.").format(buurt=conflict.label, time=when), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(f"<b>{tr('Your version')}</b>", self), 0, 1)
        grid.addWidget(QLabel(f"<b>{tr('Their version')}</b>", self), 0, 2)
        self.merged = {}
        texts = [field for field in conflict.fields if not field.startswith("vk_hp_")]
        proposal = merged_values(conflict)
        for row, field in enumerate(conflict.fields, start=1):
            grid.addWidget(QLabel(field_caption(field), self), row, 0)
            for column, value in ((1, conflict.mine[field]), (2, conflict.theirs.get(field))):
                if field.startswith("vk_hp_"):
                    grid.addWidget(QLabel(value_text(field, value), self), row, column)
                else:
                    view = QPlainTextEdit(value_text(field, value), self)
                    view.setReadOnly(True)
                    view.setMaximumHeight(90)
                    grid.addWidget(view, row, column)
        layout.addLayout(grid)
        for field in texts:
            layout.addWidget(QLabel(tr("Merged text – {field} (you can edit it):").format(
                field=field_caption(field)), self))
            edit = QPlainTextEdit(proposal[field], self)
            edit.setObjectName("vkConflictMerged_" + field)
            edit.setMaximumHeight(110)
            layout.addWidget(edit)
            self.merged[field] = edit
        self.same_for_all = QCheckBox(tr("Same choice for the other {n} buurten in conflict").format(n=others), self)
        self.same_for_all.setObjectName("vkConflictAll")
        self.same_for_all.setVisible(others > 0)
        layout.addWidget(self.same_for_all)
        buttons = QHBoxLayout()
        for name, text, tip, choice in (
                ("vkConflictMine", tr("Keep mine"), tr("Write your version over theirs"), MINE),
                ("vkConflictTheirs", tr("Take theirs"), tr("Keep their version and drop yours"), THEIRS),
                ("vkConflictMerge", tr("Save merged text"), tr("Write the merged text (intensities: yours)"), MERGE),
                ("vkConflictLater", tr("Decide later"), tr("Keep your change unsaved; Save again asks again"), None)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            button.setVisible(choice != MERGE or bool(texts))
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _choose(self, choice):
        self.choice = choice
        (self.accept if choice is not None else self.reject)()

    def values(self):
        if self.choice != MERGE:
            return None
        values = {field: self.conflict.mine[field] for field in self.conflict.fields if field.startswith("vk_hp_")}
        values.update({field: edit.toPlainText() for field, edit in self.merged.items()})
        return values


def resolve_conflicts(parent, conflicts):
    """Ask about each conflict (a dialog each, or one for all); [(choice, values)] for the store."""
    decisions = []
    shared = None
    for number, conflict in enumerate(conflicts):
        if shared is not None:
            decisions.append((shared, merged_values(conflict) if shared == MERGE else None))
            continue
        dialog = ConflictDialog(conflict, len(conflicts) - number - 1, parent)
        dialog.exec()
        decisions.append((dialog.choice, dialog.values()))
        if dialog.same_for_all.isChecked():
            shared = dialog.choice if dialog.choice is not None else "later"
        if shared == "later":
            shared = None
            decisions.extend((None, None) for _ in conflicts[number + 1:])
            break
    return decisions
