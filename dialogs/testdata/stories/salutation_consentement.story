# « bonjour » à la question du consentement : la question, sans « je n'ai pas compris », et sans compter d'échec.
> bonjour
= consentement
> bonjour
= consentement
~ Bonjour !
~ Êtes-vous d'accord ?
!~ Je n'ai pas compris
> salut
> bonsoir madame
!~ Parler à un conseiller
>> 1
= demande
