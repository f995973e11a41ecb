/**
 * Dashboard words for casework, Danish first; English must have the same keys. The status words
 * themselves are `followUp.*` (messages/triage.ts), so the list filter and the ad page agree.
 */
export const caseworkDa = {
  'work.title': 'Arbejde med annoncen',
  'work.readOnly': 'Din rolle kan se, men ikke ændre, opfølgningen.',

  'case.status': 'Opfølgning',
  'case.assignee': 'Ansvarlig kollega',
  'case.unassigned': 'Ingen',
  'case.updated': 'Senest ændret af {who}, {when}',
  'case.neverChanged': 'Ikke ændret endnu.',
  'case.outcome': 'Udfald af kontakt eller besøg',
  'case.outcomeExplain':
    'Din faglige registrering af kontakten, ikke en vurdering af personen. Udfaldene bruges til at efterprøve indikatorerne.',
  'outcome.none': 'ikke registreret',
  'outcome.concern': 'tegn på udnyttelse, eller henvist til hjælp',
  'outcome.no-concern': 'mødt, ingen tegn på udnyttelse',
  'outcome.not-reached': 'ikke i kontakt',

  'xfactor.title': 'X-faktor',
  'xfactor.explain':
    'Din faglige bekymring tæller som en indikator og ændrer placeringen med det samme. Skriv altid hvorfor.',
  'xfactor.current': 'X-faktor sat af {who}, {when} (vægt {w}):',
  'xfactor.none': 'Ingen x-faktor sat.',
  'xfactor.note': 'Note til x-faktor (skal udfyldes)',
  'xfactor.set': 'Sæt x-faktor',
  'xfactor.update': 'Opdatér x-faktor',
  'xfactor.remove': 'Fjern x-faktor',
  'xfactor.noteRequired': 'Skriv en note: hvorfor giver annoncen anledning til bekymring?',

  'photoTags.legend': 'Mærker på billede {n}',
  'photoTags.setBy': 'sat af {who}, {when}',
  'photoTag.appears-young': 'Fremstår meget ung',
  'photoTag.distressed-expression': 'Udtryk af mistrivsel',
  'photoTag.explicit-images': 'Meget eksplicit billede',

  'history.title': 'Historik',
  'history.empty': 'Ingen ændringer endnu.',
  'history.status': 'ændrede opfølgning fra “{from}” til “{to}”',
  'history.outcomeSet': 'registrerede udfald: “{to}”',
  'history.outcomeChanged': 'ændrede udfald fra “{from}” til “{to}”',
  'history.outcomeCleared': 'fjernede udfaldet “{from}”',
  'history.assigned': 'tildelte annoncen til {to}',
  'history.reassigned': 'flyttede annoncen fra {from} til {to}',
  'history.unassigned': 'fjernede {from} som ansvarlig',
  'history.xfactorSet': 'satte x-faktor: “{note}”',
  'history.xfactorRemoved': 'fjernede x-faktor (“{note}”)',
  'history.tagAdded': 'mærkede et billede: {tag}',
  'history.tagRemoved': 'fjernede mærket {tag} fra et billede',

  'scores.title': 'Pointhistorik',
  'scores.empty': 'Ingen gemte vurderinger endnu.',
  'scores.when': 'Tidspunkt',
  'scores.score': 'Point',
  'scores.added': 'Kom til',
  'scores.removed': 'Faldt bort',
  'scores.profile': 'Profil',
} as const;

export const caseworkEn: Record<keyof typeof caseworkDa, string> = {
  'work.title': 'Work on the ad',
  'work.readOnly': 'Your role can see, but not change, the follow-up.',

  'case.status': 'Follow-up',
  'case.assignee': 'Assigned colleague',
  'case.unassigned': 'Nobody',
  'case.updated': 'Last changed by {who}, {when}',
  'case.neverChanged': 'Not changed yet.',
  'case.outcome': 'Outcome of contact or visit',
  'case.outcomeExplain':
    'Your professional record of the contact, not a judgement of the person. Outcomes are used to check the indicators.',
  'outcome.none': 'not recorded',
  'outcome.concern': 'signs of exploitation, or referred to help',
  'outcome.no-concern': 'met, no signs of exploitation',
  'outcome.not-reached': 'not reached',

  'xfactor.title': 'X-factor',
  'xfactor.explain':
    'Your professional concern counts as an indicator and re-ranks the ad at once. Always write why.',
  'xfactor.current': 'X-factor set by {who}, {when} (weight {w}):',
  'xfactor.none': 'No x-factor set.',
  'xfactor.note': 'Note for the x-factor (required)',
  'xfactor.set': 'Set x-factor',
  'xfactor.update': 'Update x-factor',
  'xfactor.remove': 'Remove x-factor',
  'xfactor.noteRequired': 'Write a note: why does the ad give cause for concern?',

  'photoTags.legend': 'Tags on photo {n}',
  'photoTags.setBy': 'set by {who}, {when}',
  'photoTag.appears-young': 'Appears young',
  'photoTag.distressed-expression': 'Distressed expression',
  'photoTag.explicit-images': 'Explicit image',

  'history.title': 'History',
  'history.empty': 'No changes yet.',
  'history.status': 'changed the follow-up from “{from}” to “{to}”',
  'history.outcomeSet': 'recorded the outcome: “{to}”',
  'history.outcomeChanged': 'changed the outcome from “{from}” to “{to}”',
  'history.outcomeCleared': 'removed the outcome “{from}”',
  'history.assigned': 'assigned the ad to {to}',
  'history.reassigned': 'moved the ad from {from} to {to}',
  'history.unassigned': 'removed {from} as assignee',
  'history.xfactorSet': 'set the x-factor: “{note}”',
  'history.xfactorRemoved': 'removed the x-factor (“{note}”)',
  'history.tagAdded': 'tagged a photo: {tag}',
  'history.tagRemoved': 'removed the tag {tag} from a photo',

  'scores.title': 'Score history',
  'scores.empty': 'No stored assessments yet.',
  'scores.when': 'Time',
  'scores.score': 'Score',
  'scores.added': 'Came',
  'scores.removed': 'Went',
  'scores.profile': 'Profile',
};
