import { gad7 } from "./gad7";
import { phq9 } from "./phq9";
import { smfqChild, smfqParent } from "./smfq";
import type { Measure, MeasureId } from "./types";
import { wsas } from "./wsas";

// Client-safe: the journey's pages draw the items from these definitions; scoring runs on the server.

export type { Band, Measure, MeasureId, MeasureSource, ResponseOption } from "./types";
export { measureSources } from "./sources";
export { bandOf, enteredScore, scoreMeasure, type ItemAnswer, type MeasureScore, type ScoreStatus } from "./score";
export { gad7, phq9, smfqChild, smfqParent, wsas };

export const measures: Record<MeasureId, Measure> = {
  PHQ9: phq9,
  GAD7: gad7,
  WSAS: wsas,
  SMFQ_CHILD: smfqChild,
  SMFQ_PARENT: smfqParent,
};

export const measureIds = Object.keys(measures) as MeasureId[];
