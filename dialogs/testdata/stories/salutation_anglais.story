# "hello" at the consent question: the consent question in English, no failure.
> hello
= consentement
~ Do you agree?
> hello
~ Hello!
~ Do you agree?
!~ did not understand
> hi
!~ did not understand
