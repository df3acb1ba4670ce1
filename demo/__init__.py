"""The one-command demo: a local relay on SQLite fed by Meta-shaped webhooks."""
