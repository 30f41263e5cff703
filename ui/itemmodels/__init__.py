"""Qt item models: thin adapters between the core's queries and Qt's views."""
