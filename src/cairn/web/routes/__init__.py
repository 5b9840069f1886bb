"""The app's routes, one module per area; each has ``pages`` (HTML) and/or ``api`` (JSON)."""
