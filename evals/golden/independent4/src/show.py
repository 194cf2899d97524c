"""Print one section: show.py LANG MODULE_PREFIX SECTION"""
import sys

from course_text import modules, sections

lang, mp, sec = sys.argv[1:4]
mod = [m for m in modules(lang) if m.startswith(mp)][0]
print(sections(lang, mod)[sec])
