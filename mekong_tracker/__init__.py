"""Mekong Cooperation Tracker: sourced records of Mekong cooperation meetings from news text."""

from mekong_tracker.doc import Doc
from mekong_tracker.models import Evidence, IngestReport, Meeting, MeetingClaim
from mekong_tracker.pipeline import process
from mekong_tracker.tracker import Tracker

__all__ = ["Doc", "Evidence", "IngestReport", "Meeting", "MeetingClaim", "Tracker", "process"]
__version__ = "0.1.0"
