"""Text rules shared by every search, picker and input of the program."""
