from setuptools import find_packages, setup

setup(
    name="datarobot-drum",
    packages=find_packages(),
    python_requires=">=3.7",
    install_requires=[
        "flask",
        "werkzeug",
        "requests",
    ],
    extras_require={"gunicorn": ["gunicorn", "gevent"]},
)
