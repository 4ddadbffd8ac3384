"""The assess command line: reading it (main), what each command does (commands), the server commands."""
