# « oui, je suis prof …, je veux pas que le principal le sache » à la question de l'accord : l'accord et la demande dans un message qui dit aussi une inquiétude. Avant, l'inquiétude était prise pour une question : la fiche sur la confidentialité, puis la question de l'accord de nouveau, et la situation perdue. Maintenant l'accord est noté, la demande lue, et l'inquiétude a sa réponse avec elle.
> bonjour
= consentement
> oui, je suis prof de maths dans un college public a montpellier, 38 ans, je veux changer de metier mais je veux pas que le principal le sache
!~ Êtes-vous d'accord ?
~ si vous préférez qu'elle ne soit pas au courant
~ où habitez-vous
