"""Packaging and build tools: translations, bundles."""
