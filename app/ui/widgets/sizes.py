"""Qt's size limit as PySide6 does not export it: "no maximum" for setMaximumHeight()."""

QWIDGETSIZE_MAX = (1 << 24) - 1
