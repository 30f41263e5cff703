"""The Reports area: every document kind the program can make, built in the background."""
