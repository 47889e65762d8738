"""The demo's own media: film clips with captions (films/, made once by make_films.sh and committed) and the
theme illustrations (illustrations.py, drawn with Pillow when the demo loads)."""
