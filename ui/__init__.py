"""The PySide6 program: windows, views, Qt item models, dialogs."""
