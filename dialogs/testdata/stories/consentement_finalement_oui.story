# Une visiteuse refuse le consentement puis change d'avis en tapant « finalement oui » : c'est l'accord, pas
# une demande de contact refusée ; « bon ok » au consentement est aussi un accord (un mot d'hésitation devant
# la réponse ne la cache pas).
> /start
= consentement
> je refuse
= information
> finalement oui
!~ Sans votre accord
= demande
~ Décrivez votre situation
> /start
= consentement
> bon ok
= demande
> /start
> 2
> bon bah non merci
!~ Sans votre accord
= fin
