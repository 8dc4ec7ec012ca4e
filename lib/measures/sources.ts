import type { MeasureId, MeasureSource } from "./types";

// Each measure's source and terms of use, as staff see them beside a score. Kept apart from the
// measure definitions so the journey pages' browser code does not carry them (bundle budgets).
// The full references are in each measure's module comment. `toBeConfirmed` lists what no source
// we could read settles: live mode refuses to start while any is left (lib/config/go-live.ts).

const smfqLicence =
  "Copyright Angold & Costello 1987 (Duke University). The forms say they 'may be reproduced for use with one's own patients'; whether that covers this service is to be confirmed by the clinical lead.";
const smfqLicenceToConfirm =
  "licence: the forms may be reproduced 'for use with one's own patients'; whether that covers a referral service's web form is to be confirmed by the clinical lead with the developers";

export const measureSources: Record<MeasureId, MeasureSource> = {
  PHQ9: {
    source:
      "Kroenke, Spitzer & Williams 2001 (J Gen Intern Med 16:606–613); form by Spitzer, Williams, Kroenke et al.; missing items: NHS Data Dictionary",
    licence:
      "Free to use: the form says no permission is required to reproduce, translate, display or distribute; Pfizer made the PHQ and GAD-7 available without copyright restriction and at no charge (July 2010).",
    toBeConfirmed: [],
  },
  GAD7: {
    source: "Spitzer, Kroenke, Williams & Löwe 2006 (Arch Intern Med 166:1092–1097)",
    licence:
      "Free to use: Pfizer made the PHQ and GAD-7 available without copyright restriction and at no charge (July 2010).",
    toBeConfirmed: [],
  },
  WSAS: {
    source: "Mundt, Marks, Shear & Greist 2002 (Br J Psychiatry 180:461–464); missing items: NHS Data Dictionary",
    licence:
      "Used by NHS Talking Therapies services; no licence notice found on the form or in the paper: to be confirmed by the clinical lead.",
    toBeConfirmed: [
      "licence: no licence notice was found on the form or in Mundt et al. 2002; to be confirmed by the clinical lead",
    ],
  },
  SMFQ_CHILD: {
    source:
      "Angold, Costello, Messer et al. 1995 (Int J Methods Psychiatr Res 5:237–249); Duke University scoring sheet; the cut-off of 8 is to be confirmed by the clinical lead (12 in Thabrew et al. 2018)",
    licence: smfqLicence,
    toBeConfirmed: [
      smfqLicenceToConfirm,
      "cut-off: 8 or more (Angold et al. 1995, on the Duke scoring sheet) is used; 12 or more is reported for help-seeking adolescents (Thabrew et al. 2018); which to use is to be confirmed by the clinical lead",
    ],
  },
  SMFQ_PARENT: {
    source:
      "Angold, Costello, Messer et al. 1995 (Int J Methods Psychiatr Res 5:237–249); Duke University scoring sheet",
    licence: smfqLicence,
    toBeConfirmed: [smfqLicenceToConfirm],
  },
};
