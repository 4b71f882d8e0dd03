"""Stage 2: clean text - matching form, boilerplate spans, sentences."""
