# L'agence choisie n'a plus aucun créneau libre dans les semaines à venir : le message vient avec des boutons,
# « 1 » tapé demande à être recontacté (comme /conseiller : les coordonnées, puis la demande enregistrée).
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
= modalite
booking full
>> 1
= creneau
~ Il n'y a plus de créneau libre dans les semaines à venir pour cette agence.
~ Être recontacté(e) par un conseiller
~ Pas maintenant
!~ Écrivez /conseiller
> 1
= conseiller_contact
> 06 12 34 56 78
~ vous recontactera par téléphone au 06 12 34 56 78
= conseiller_pause
