/** Dashboard words for network, Danish first; English must have the same keys. */
export const networkDa = {
  'cluster.clinics': 'Klinikker',
  'cluster.clinic': 'Klinik / adresse',
  'cluster.places': 'Hvor netværket annoncerer over tid',
  'cluster.placesNote':
    'Pr. uge: byer og klinikker hvor netværkets annoncer var online (fra først til sidst set).',
  'cluster.week': 'Uge fra',
  'cluster.where': 'Steder',
  'cluster.adsAt': '{n} annoncer',
  'cluster.scoreNote': 'Højeste annoncepoint plus antal annoncer; en prioritering, ikke et fund.',
  'search.invalidContact': 'Skriv et telefonnummer (mindst 6 cifre), en e-mailadresse eller et profil-id.',
} as const;

export const networkEn: Record<keyof typeof networkDa, string> = {
  'cluster.clinics': 'Clinics',
  'cluster.clinic': 'Clinic / address',
  'cluster.places': 'Where the network advertises over time',
  'cluster.placesNote':
    'Per week: towns and clinics where the network’s ads were online (first to last seen).',
  'cluster.week': 'Week of',
  'cluster.where': 'Places',
  'cluster.adsAt': '{n} ads',
  'cluster.scoreNote': 'Highest ad score plus the number of ads; a ranking aid, not a finding.',
  'search.invalidContact': 'Enter a phone number (at least 6 digits), an e-mail address or a profile id.',
};
