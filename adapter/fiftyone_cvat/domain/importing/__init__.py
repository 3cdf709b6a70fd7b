"""The pure half of ``import_annotations()``: its arguments, file mapping and imported ids."""
