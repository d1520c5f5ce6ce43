# La demande dit l'âge et la crainte que l'employeur l'apprenne : la réponse sur la confidentialité vient, écrite pour un agent public.
> bonjour
= consentement
>> 1
> Je suis professeure des écoles à Limoges, j'ai 48 ans et je voudrais changer de métier sans que mon employeur le sache
~ Agent public : le conseil proposé par votre administration passe par elle
