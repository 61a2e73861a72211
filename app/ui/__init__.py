"""The Qt user interface; the only package (with bootstrap) that imports PySide6."""
