# Sans consentement : informations générales et contacts, rien de personnel n'est gardé, pas de rendez-vous.
> /start
> non
= information
~ je ne conserve aucune information personnelle
~ mon-cep.org
> je suis au chômage et j'ai 34 ans
= information
~ mon-cep.org
> /rdv
~ pas de rendez-vous
> /conseiller
~ j'ai besoin de votre accord
> /mesdonnees
~ aucune donnée
>> 1
= demande
