# Agent territorial : le centre de gestion, nommé comme tel ; réservation seulement avec une entrée de sa fonction publique et de son département.
> bonjour
= consentement
>> 1
> Je suis adjoint technique à la mairie de Rennes, 45 ans, j'habite à Rennes, je voudrais faire un bilan de compétences.
= recapitulatif
~ agent public
>> 1
= orientation
~ centre de gestion de la fonction publique territoriale de votre département
~ de façon confidentielle, à Cap emploi (avec une RQTH) ou France Travail
!~ opérateur régional
>> 1
= modalite
~ Centre de gestion de la fonction publique territoriale — Ille-et-Vilaine
