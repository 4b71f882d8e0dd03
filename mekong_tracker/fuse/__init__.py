"""Stage 6: fusion. Reports of one meeting from many articles become one record."""
