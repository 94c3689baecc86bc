import factory
from factory.django import DjangoModelFactory

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob


class GenerationJobFactory(DjangoModelFactory):
    class Meta:
        model = GenerationJob

    identity = factory.SubFactory(IdentityFactory)
    user = factory.SelfAttribute("identity.user")
    created_by = factory.SelfAttribute("identity.user")
    provider = "local"
    model = "local-poster-v1"
    aspect_ratio = "16:9"
    resolution = "1K"
    prompt = "A poster."
