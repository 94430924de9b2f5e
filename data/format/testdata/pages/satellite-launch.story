A weather satellite built by the national space agency reached orbit on Wednesday, a week after the first launch attempt was called off.

That attempt, on 5 November, was stopped forty seconds before lift-off when a valve failed to close.

The satellite will send its first images in December and replace a spacecraft launched in 2012.
