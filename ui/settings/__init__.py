"""The settings area and what the program remembers between runs."""
