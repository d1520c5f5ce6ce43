# Pour une proche, les questions s'accordent (« diplômée ») et « votre sœur » suit « Question facultative : » en minuscule ; en anglais, « your sister » sans majuscule au milieu de la phrase.
> bonjour
= consentement
>> 1
> ma soeur cherche du travail, elle a 50 ans, elle habite Lille
= handicap
~ Question facultative : votre sœur a-t-elle une reconnaissance de handicap
>> 1
= cadre
~ Votre sœur est-elle cadre, ou diplômée d'un bac+3 ou plus ?
user bob
> hello
= consentement
>> 1
> my sister is looking for a job, she is 50 and lives in Lille
= handicap
~ Optional question: does your sister have a recognised disability
>> 1
= cadre
~ Is your sister a manager (cadre), or does she hold
