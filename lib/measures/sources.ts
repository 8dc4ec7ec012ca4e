import type { MeasureId, MeasureSource } from "./types";

// Each measure's source and terms of use, as staff see them beside a score. Kept apart from the
// measure definitions so the journey pages' browser code does not carry them (bundle budgets).
// The full references and what is not confirmed are in each measure's module comment.

const smfq: MeasureSource = {
  source: "Angold, Costello, Messer et al. 1995 (Int J Methods Psychiatr Res 5:237–249); Duke University",
  licence:
    "Copyright Angold & Costello 1987: may be reproduced for use with one's own patients (to be confirmed for this service).",
};

export const measureSources: Record<MeasureId, MeasureSource> = {
  PHQ9: {
    source: "Kroenke, Spitzer & Williams 2001 (J Gen Intern Med 16:606–613); form by Spitzer, Williams, Kroenke et al.",
    licence: "Free to use: the form says no permission is required to reproduce, translate, display or distribute.",
  },
  GAD7: {
    source: "Spitzer, Kroenke, Williams & Löwe 2006 (Arch Intern Med 166:1092–1097)",
    licence: "Copyright Pfizer Inc.; described as free to use (to be confirmed against the form's own notice).",
  },
  WSAS: {
    source: "Mundt, Marks, Shear & Greist 2002 (Br J Psychiatry 180:461–464); NHS Data Dictionary for missing items",
    licence: "Described as free to use (Rehabilitation Measures Database); to be confirmed.",
  },
  SMFQ_CHILD: smfq,
  SMFQ_PARENT: smfq,
};
