"""Stage 4: typed claims (meetings and their fields) built from annotations."""
