// The app's whole script, as a site writes it: the package by name, nothing else.
import 'support-appeal';
