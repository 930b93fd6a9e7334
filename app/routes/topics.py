"""Topics: the codes contacts are tagged with, their labels, and how many contacts each has."""

from __future__ import annotations

from fastapi import APIRouter

from app.deps import ReadKey, StoreDep
from app.schemas import ListOut, Meta, TopicOut
from graph.models import TOPICS

router = APIRouter(tags=["topics"], dependencies=[ReadKey])


@router.get("/v1/topics", response_model=ListOut[TopicOut], summary="Topic codes")
def topics(store: StoreDep) -> ListOut[TopicOut]:
    """List every topic code with its label and its count of occurred contacts."""
    counts = store.topic_counts()
    rows = [TopicOut(code=code, label=label, count=counts.get(code, 0)) for code, label in TOPICS.items()]
    return ListOut[TopicOut](meta=Meta(count=len(rows)), results=rows)
