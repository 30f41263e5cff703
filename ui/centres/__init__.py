"""The Centres area: the registries of the ground (centres, posts, sectors, the area tree), the
map, and the import of the commission's sheets."""
