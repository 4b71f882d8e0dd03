"""Stage 3: annotations with character offsets. Each module adds one kind of span."""
