"""The market brief: HTML with inline charts and footnoted numbers, printed to PDF."""
