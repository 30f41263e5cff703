"""PDF documents: right-to-left flowables, tables and the official letter's page template."""
