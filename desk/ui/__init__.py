"""The Qt window. Calls services; never writes SQL, never commits, never computes a rule."""
